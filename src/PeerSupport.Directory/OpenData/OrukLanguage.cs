namespace PeerSupport.Directory.OpenData;

/// <summary>
/// An Open Referral UK <c>language</c>. The UK profile keeps only ids; the language's name goes
/// in <see cref="Name"/> as the international HSDS 3.0 language has it.
/// </summary>
public sealed record OrukLanguage(Guid Id, Guid ServiceId, string Name);
