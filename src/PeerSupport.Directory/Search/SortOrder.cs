namespace PeerSupport.Directory.Search;

public enum SortOrder { BestMatch, Distance, NextMeeting }
