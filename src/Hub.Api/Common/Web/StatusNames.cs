namespace Hub.Api.Common.Web;

/// <summary>The statuses the modules answer (their enum member names), as a person reads them.</summary>
public static class StatusNames
{
    private static readonly Dictionary<string, Localized> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Draft"] = new("Draft", "Ноорог"),
        ["Submitted"] = new("Submitted", "Илгээсэн"),
        ["Accepted"] = new("Accepted", "Тэнцсэн"),
        ["Rejected"] = new("Rejected", "Тэнцээгүй"),
        ["Waitlisted"] = new("Waitlisted", "Хүлээлгийн жагсаалтад"),
        ["Withdrawn"] = new("Withdrawn", "Татгалзсан"),
        ["Scheduled"] = new("Scheduled", "Товлосон"),
        ["Open"] = new("Open", "Нээлттэй"),
        ["Closed"] = new("Closed", "Хаагдсан"),
        ["Proposed"] = new("Proposed", "Санал болгосон"),
        ["Active"] = new("Active", "Идэвхтэй"),
        ["Declined"] = new("Declined", "Татгалзсан"),
        ["Queued"] = new("Queued", "Дараалалд"),
        ["Running"] = new("Running", "Тооцоолж байна"),
        ["Completed"] = new("Completed", "Дууссан"),
        ["Failed"] = new("Failed", "Амжилтгүй"),
        ["Published"] = new("Published", "Нийтэлсэн"),
        ["Planned"] = new("Planned", "Төлөвлөсөн"),
        ["Scoring"] = new("Scoring", "Үнэлж байна"),
    };

    public static string Of(string? status) => status is null ? "—" : Names.TryGetValue(status, out var name) ? name.ToString() : status;
}
