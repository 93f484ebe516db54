namespace PeerSupport.Directory.Listings;

public class ListingContact
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public ContactKind Kind { get; set; }
    public required string Value { get; set; }
    public string Label { get; set; } = "";
}
