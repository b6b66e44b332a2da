using System.Globalization;
using System.Text;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>
/// One fuzzed request, exactly as sent, and how to read it back (seed, case number, operation, mutation, caller);
/// <see cref="TakesJsonBody"/> says whether the operation reads a JSON body at all.
/// </summary>
public sealed record FuzzCase(
    int Seed,
    int Index,
    string OperationId,
    FuzzMutation Mutation,
    string Caller,
    string Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    string? ContentType,
    bool TakesJsonBody)
{
    private const int ExcerptLength = 300;

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(Url, UriKind.Relative));
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>Everything needed to send this request again by hand.</summary>
    public string Describe()
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"seed {Seed} case {Index}: {OperationId} [{Mutation}] as {Caller}: {Method} {Excerpt(Url)}");
        foreach (var (name, value) in Headers)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n    {name}: {Excerpt(value)}");
        }

        if (Body is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n    Content-Type: {ContentType ?? "(none)"}\n    body ({Body.Length} bytes): {Excerpt(Body)}");
        }

        return text.ToString();
    }

    /// <summary>The start of a text, with control characters escaped and the length said when it is cut.</summary>
    public static string Excerpt(string text) => Excerpt(Encoding.UTF8.GetBytes(text));

    /// <summary>The start of some bytes as UTF-8, with control characters and bytes that are not UTF-8 escaped.</summary>
    public static string Excerpt(byte[] bytes)
    {
        var text = new StringBuilder();
        var decoder = new UTF8Encoding(false, true);
        for (var i = 0; i < bytes.Length && text.Length < ExcerptLength;)
        {
            var length = bytes[i] < 0x80 ? 1 : bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : bytes[i] >= 0xC0 ? 2 : 1;
            string? character = null;
            if (i + length <= bytes.Length)
            {
                try
                {
                    character = decoder.GetString(bytes, i, length);
                }
                catch (DecoderFallbackException)
                {
                    character = null;
                }
            }

            if (character is null)
            {
                text.Append(CultureInfo.InvariantCulture, $"\\x{bytes[i]:X2}");
                i++;
                continue;
            }

            text.Append(character.Length == 1 && char.IsControl(character[0]) ? $"\\u{(int)character[0]:X4}" : character);
            i += length;
        }

        return text.Length >= ExcerptLength ? $"{text}… ({bytes.Length} bytes)" : text.ToString();
    }
}
