using Hub.Api.Common.Web;

namespace Hub.Api.Webhooks.Pages;

public static class WebhooksText
{
    public static readonly Localized Title = new("Webhooks", "Вэбхукууд");
    public static readonly Localized Intro = new(
        "The hub posts the events a subscription names to its URL, signed with its secret (X-Hub-Signature), and retries failures.",
        "Төв захиалгад заасан үйл явдлуудыг түүний URL руу нууц түлхүүрээр гарын үсэг зурж (X-Hub-Signature) илгээх ба амжилтгүй бол дахин оролдоно.");
    public static readonly Localized Total = new("Subscriptions: {0}", "Захиалга: {0}");
    public static readonly Localized Url = new("URL", "URL хаяг");
    public static readonly Localized UrlHint = new("https, to an address partners host on the internet.", "Интернэтэд байрлах түншийн https хаяг.");
    public static readonly Localized Events = new("Events", "Үйл явдлууд");
    public static readonly Localized Active = new("Active", "Идэвхтэй");
    public static readonly Localized Off = new("Off", "Унтраасан");
    public static readonly Localized TurnedOffBecause = new("Turned off by the hub: {0}", "Төв унтраасан: {0}");
    public static readonly Localized LastDelivery = new("Last delivery", "Сүүлийн илгээлт");
    public static readonly Localized NoDeliveries = new("No deliveries yet.", "Илгээлт хараахан алга.");
    public static readonly Localized Secret = new("Secret", "Нууц түлхүүр");
    public static readonly Localized SecretHint = new(
        "{0} to {1} characters. The receiver checks each delivery's signature with it; the hub never shows it again, so keep a copy with the receiver.",
        "{0}-{1} тэмдэгт. Хүлээн авагч илгээлт бүрийн гарын үсгийг үүгээр шалгана; төв үүнийг дахин харуулахгүй тул хүлээн авагч талд хуулбарыг нь хадгална уу.");
    public static readonly Localized NewSecret = new("New secret (leave empty to keep the current one)", "Шинэ нууц түлхүүр (одоогийнхоо хэвээр үлдээх бол хоосон орхино уу)");
    public static readonly Localized Subscribe = new("Subscribe a URL", "URL захиалах");
    public static readonly Localized Subscribed = new("{0} is subscribed.", "{0} захиалагдлаа.");
    public static readonly Localized Subscription = new("Subscription {0}", "{0} захиалга");
    public static readonly Localized Change = new("Change the subscription", "Захиалгыг өөрчлөх");
    public static readonly Localized Changed = new("The subscription is saved.", "Захиалга хадгалагдлаа.");
    public static readonly Localized Ping = new("Send a test ping", "Туршилтын ping илгээх");
    public static readonly Localized Pinged = new("A ping is on its way; it shows in the deliveries below.", "Ping илгээгдэж байна; доорх илгээлтүүдэд харагдана.");
    public static readonly Localized Delete = new("Delete the subscription", "Захиалгыг устгах");
    public static readonly Localized DeleteQuestion = new(
        "Delete the subscription to {0}? Its delivery log goes with it and attempts still scheduled are dropped.",
        "{0} руу хийсэн захиалгыг устгах уу? Түүний илгээлтийн бүртгэл хамт устаж, товлогдсон оролдлогууд цуцлагдана.");
    public static readonly Localized YesDelete = new("Yes, delete it", "Тийм, устга");
    public static readonly Localized Cancel = new("Cancel", "Болих");
    public static readonly Localized Deleted = new("The subscription to {0} is deleted.", "{0} руу хийсэн захиалга устлаа.");
    public static readonly Localized Deliveries = new("Deliveries", "Илгээлтүүд");
    public static readonly Localized DeliveriesTotal = new("Deliveries: {0}, newest first", "Илгээлт: {0}, шинэ нь эхэндээ");
    public static readonly Localized Event = new("Event", "Үйл явдал");
    public static readonly Localized Attempts = new("Attempts", "Оролдлого");
    public static readonly Localized LastAnswer = new("Last answer", "Сүүлийн хариу");
    public static readonly Localized Time = new("Time", "Цаг");
    public static readonly Localized Redeliver = new("Redeliver", "Дахин илгээх");
    public static readonly Localized RedeliverOne = new("Redeliver {0} ({1})", "{0} ({1}) илгээлтийг дахин илгээх");
    public static readonly Localized Redelivered = new("The delivery is sent again.", "Илгээлтийг дахин илгээлээ.");
    public static readonly Localized Pending = new("Pending", "Хүлээгдэж буй");
    public static readonly Localized Delivered = new("Delivered", "Хүргэгдсэн");
    public static readonly Localized TimedOut = new("Timed out", "Хугацаа хэтэрсэн");
    public static readonly Localized NoConnection = new("No connection", "Холболт үгүй");
    public static readonly Localized AddressRefused = new("Address refused", "Хаягийг татгалзсан");
    public static readonly Localized Previous = new("Newer deliveries", "Шинэ илгээлтүүд");
    public static readonly Localized Next = new("Older deliveries", "Хуучин илгээлтүүд");
    public static readonly Localized PageOf = new("Page {0} of {1}", "Хуудас {0} / {1}");

    /// <summary>A delivery's status as a person reads it.</summary>
    public static string Status(string status) => status switch
    {
        "Pending" => Pending.ToString(),
        "Succeeded" => Delivered.ToString(),
        _ => StatusNames.Of(status),
    };

    /// <summary>How an attempt ended: the receiver's status code when it answered, else why it did not.</summary>
    public static string Answer(string outcome, int? statusCode) => statusCode is { } code
        ? code.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : outcome switch
        {
            "Timeout" => TimedOut.ToString(),
            "ConnectionFailed" => NoConnection.ToString(),
            "AddressRefused" => AddressRefused.ToString(),
            _ => outcome,
        };
}
