namespace Hub.Api.Common.OpenApi;

/// <summary>
/// One module's request and response examples, one per type, as instances of the records themselves (so a renamed field
/// fails the build): <see cref="ExampleTransformer"/> serializes them with the app's JSON options into the document.
/// Found by reflection, like the enum catalogues; a list page or an array of a catalogued type needs no entry of its own.
/// </summary>
internal interface IOpenApiExampleCatalog
{
    static abstract IEnumerable<TypeExample> Examples { get; }
}
