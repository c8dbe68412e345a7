import Foundation

/// Great-circle distances and the boxes that bound a radius, for the R*Tree.
public enum GeoMath {
    /// Haversine distance in kilometres.
    public static func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6371.0088
        let p1 = lat1 * .pi / 180, p2 = lat2 * .pi / 180
        let dp = p2 - p1, dl = (lon2 - lon1) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * r * asin(min(1, sqrt(h)))
    }

    /// A latitude/longitude box that contains every point within `km` of the centre.
    public static func box(lat: Double, lon: Double, km: Double) -> (minLat: Double, maxLat: Double, minLon: Double, maxLon: Double) {
        let dLat = km / 110.574
        let cosLat = max(cos(lat * .pi / 180), 0.01)
        let dLon = min(180, km / (111.320 * cosLat))
        return (lat - dLat, lat + dLat, lon - dLon, lon + dLon)
    }
}
