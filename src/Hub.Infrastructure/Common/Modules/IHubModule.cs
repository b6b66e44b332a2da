namespace Hub.Infrastructure.Common.Modules;

/// <summary>
/// A module's one entry point: everything it brings to the host — its DbContext and aggregates, the integration
/// events it subscribes to, its recurring jobs, its demo data and its own services — named in one readable place.
/// Modules are listed in <see cref="HubModules"/>; nothing is found by scanning.
/// </summary>
internal interface IHubModule
{
    /// <summary>The module's name, as in its folders (<c>Applicants</c>).</summary>
    string Name { get; }

    /// <summary>Modules are migrated, started and given demo data in this order (Identity first: everyone needs people).</summary>
    int Order { get; }

    void Install(ModuleBuilder module);
}
