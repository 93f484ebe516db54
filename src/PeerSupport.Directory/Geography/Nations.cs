namespace PeerSupport.Directory.Geography;

/// <summary>
/// The UK's nations as bits, for support offered to one or some of them ("for anyone in Wales",
/// "England and Wales"): an online service for people in Wales is offered to people searching
/// from Wales, not from Nottingham.
/// </summary>
[Flags]
public enum Nations
{
    /// <summary>Not restricted to any nation (the whole UK, or not said).</summary>
    All = 0,
    England = 1,
    Wales = 2,
    Scotland = 4,
    NorthernIreland = 8,
}
