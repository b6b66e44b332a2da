using System.Net;
using Hub.Api.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace Hub.Api.Tests.Common;

/// <summary>
/// A partner generates a client from <c>/openapi/v1.json</c> with a standard generator (NSwag here) and it compiles:
/// the document is usable as it is served, not only valid.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class OpenApiClientGenerationTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_CSharp_client_generated_from_the_served_document_compiles()
    {
        using var http = factory.CreateClient();
        var response = await http.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await OpenApiDocument.FromJsonAsync(await response.Content.ReadAsStringAsync());

        var code = new CSharpClientGenerator(document, new CSharpClientGeneratorSettings
        {
            ClassName = "HubClient",
            GenerateClientInterfaces = true,
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
            CSharpGeneratorSettings = { Namespace = "Partner.HubClient" },
        }).GenerateFile();

        var compilation = CSharpCompilation.Create(
            "Partner.HubClient",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.True(errors.Count == 0, $"The generated client does not compile:\n{string.Join('\n', errors.Take(20))}");
        foreach (var method in new[] { "LoginAsync", "DraftApplicationAsync", "ListApplicationsAsync", "EditApplicationAsync", "IssuePartnerKeyAsync" })
        {
            Assert.Contains(method, code, StringComparison.Ordinal);
        }

        // One enum type per list of values, wherever it is used.
        Assert.Contains("public enum Sector", code, StringComparison.Ordinal);
        Assert.Contains("public enum LanguageCode", code, StringComparison.Ordinal);
        Assert.DoesNotContain("ApplicationRequestSector", code, StringComparison.Ordinal);
    }

    /// <summary>The assemblies of the running platform, and Newtonsoft.Json, which NSwag's clients use by default.</summary>
    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));
}
