namespace PeerSupport.Directory.Web.Pages.Find;

/// <summary>What the search form partial needs: the current input, the choices, and a place error to show.</summary>
public sealed record SearchFormModel(PeerSupport.Directory.Search.SearchQuery Input, SearchChoices Choices, string? WhereError = null);
