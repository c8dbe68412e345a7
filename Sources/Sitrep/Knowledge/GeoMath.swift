import Foundation

/// Great-circle distances and the boxes that bound a radius, for the R*Tree.
public enum GeoMath {
    /// Great-circle (haversine) distance in kilometres.
    public static func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = Double.pi / 180
        let dlat = (lat2 - lat1) * r, dlon = (lon2 - lon1) * r
        let a = sin(dlat / 2) * sin(dlat / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dlon / 2) * sin(dlon / 2)
        return 6371 * 2 * asin(min(1, a.squareRoot()))
    }

    /// A latitude/longitude box that contains every point within `km` of the centre.
    public static func box(lat: Double, lon: Double, km: Double) -> (minLat: Double, maxLat: Double, minLon: Double, maxLon: Double) {
        let dLat = km / 110.574
        let cosLat = max(cos(lat * .pi / 180), 0.01)
        let dLon = min(180, km / (111.320 * cosLat))
        return (lat - dLat, lat + dLat, lon - dLon, lon + dLon)
    }
}
