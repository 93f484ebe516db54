namespace PeerSupport.Directory.Search;

public enum TimeOfDay { Morning, Afternoon, Evening, Weekend }
