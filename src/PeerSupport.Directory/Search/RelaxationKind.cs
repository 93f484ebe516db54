namespace PeerSupport.Directory.Search;

public enum RelaxationKind { DropMust, DropFilter, DropAllFilters, WiderRadius, IncludeOnlineAndPhone, DropText }
