namespace PeerSupport.Directory.Search;

/// <summary>
/// How results are ordered. <see cref="Listed"/> is by listing id alone: not a ranking but a
/// fixed order, so an open-data harvest pages through every result exactly once.
/// </summary>
public enum SortOrder { BestMatch, Distance, NextMeeting, Listed }
