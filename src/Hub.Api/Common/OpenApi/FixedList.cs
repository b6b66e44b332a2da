namespace Hub.Api.Common.OpenApi;

/// <summary>The lists of strings that are not a C# enum, for <see cref="OpenApiEnumAttribute"/>.</summary>
internal enum FixedList
{
    /// <summary>The roles of people's accounts (<c>Roles.PersonRoles</c>).</summary>
    PersonRoles,

    /// <summary>The scopes of partner keys (<c>PartnerScopes.All</c>).</summary>
    PartnerScopes,

    /// <summary>ISO 639-1 language codes.</summary>
    LanguageCodes,
}
