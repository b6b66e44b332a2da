namespace Hub.Api.Common;

/// <summary>
/// The front door until the people's web UI (its own issue) replaces it: what this is and where to go.
/// </summary>
internal static class LandingPage
{
    public static IResult Render() => TypedResults.Content(
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>EU-DIEH hub</title>
        <style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:3rem auto;line-height:1.5;color:#1c2b39}a{color:#0b5cad}</style></head>
        <body>
        <h1>EU-Darkhan Innovation &amp; Entrepreneurship Hub</h1>
        <p>ЕХ-Дарханы Инновац ба Бизнес Эрхлэлтийн Төв — the platform for intakes, training, mentoring, seed capital and Demo Day.</p>
        <ul>
          <li><a href="/scalar">API reference (Scalar)</a> — sign in with <code>POST /api/v1/auth/login</code></li>
          <li><a href="/openapi/v1.json">OpenAPI document</a></li>
          <li><a href="/health">Health</a></li>
          <li><a href="/hangfire">Background jobs</a> (admins; sign in with <code>?useCookies=true</code> first)</li>
        </ul>
        </body></html>
        """,
        "text/html; charset=utf-8");
}
