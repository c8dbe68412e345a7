/// A reported quantity (codebook section 3).
public struct Figure: Sendable, Equatable {
    /// killed, injured, displaced, refugees, abducted, arrested, troops, fighters, population, other.
    public var kind: String
    /// The number as reported.
    public var value: Double
    /// exact, at_least, about, at_most.
    public var qualifier: String
    /// Who is counted, in a few words of the text.
    public var subject: String?
    /// The place the figure is about.
    public var location: Int?
    /// The day it refers to or was reported.
    public var date: Day?
    /// Who gives the number.
    public var attributedTo: String?
    /// Where it is said: sentence and byte range.
    public var sentence: Int, start: Int, end: Int
    /// A part of another count in the same sentence ("five civilians, three of them children").
    public var subset: Bool = false
}
