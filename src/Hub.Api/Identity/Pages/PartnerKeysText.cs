using Hub.Api.Common.Web;

namespace Hub.Api.Identity.Pages;

/// <summary>The strings of the admin's partner keys page (a catalogue of its own beside <see cref="IdentityText"/>, which the account pages grow).</summary>
public static class PartnerKeysText
{
    public static readonly Localized Title = new("Partner keys", "Түншийн түлхүүрүүд");
    public static readonly Localized Intro = new(
        "Partner systems send a key as the X-Api-Key header; each key may do only what its scopes allow.",
        "Түншийн систем түлхүүрээ X-Api-Key толгойд илгээнэ; түлхүүр бүр зөвхөн өөрийн хүрээнд зөвшөөрөгдсөн үйлдлийг хийнэ.");
    public static readonly Localized Total = new("Keys: {0}", "Түлхүүр: {0}");
    public static readonly Localized Name = new("Name", "Нэр");
    public static readonly Localized Prefix = new("Starts with", "Эхлэл");
    public static readonly Localized Scopes = new("Scopes", "Хүрээ");
    public static readonly Localized Created = new("Issued", "Олгосон");
    public static readonly Localized Revoked = new("Revoked", "Хүчингүй болгосон");
    public static readonly Localized InUse = new("In use", "Хүчинтэй");
    public static readonly Localized Revoke = new("Revoke", "Хүчингүй болгох");
    public static readonly Localized RevokeKey = new("Revoke the key {0}", "{0} түлхүүрийг хүчингүй болгох");
    public static readonly Localized RevokeQuestion = new(
        "Revoke the key {0} ({1}…)? Partner systems sending it are refused at once, and it cannot be turned back on.",
        "{0} ({1}…) түлхүүрийг хүчингүй болгох уу? Үүнийг илгээх түншийн системүүд шууд татгалзагдах бөгөөд буцааж идэвхжүүлэх боломжгүй.");
    public static readonly Localized YesRevoke = new("Yes, revoke it", "Тийм, хүчингүй болго");
    public static readonly Localized Cancel = new("Cancel", "Болих");
    public static readonly Localized KeyRevoked = new("The key {0} is revoked.", "{0} түлхүүр хүчингүй боллоо.");
    public static readonly Localized Issue = new("Issue a key", "Түлхүүр олгох");
    public static readonly Localized NameHint = new("Who the key is for, e.g. the partner system's name.", "Түлхүүр хэнд зориулагдсан бэ, жишээ нь түншийн системийн нэр.");
    public static readonly Localized Issued = new("The key {0} is issued", "{0} түлхүүр олгогдлоо");
    public static readonly Localized CopyNow = new(
        "Copy the key now and give it to the partner over a safe channel: this is the only time it is shown. The hub keeps only its fingerprint; if it is lost, revoke it and issue a new one.",
        "Түлхүүрийг одоо хуулж, түншдээ найдвартай сувгаар дамжуулна уу: энэ нь зөвхөн нэг удаа харагдана. Төв зөвхөн түүний хурууны хээг хадгална; алдвал хүчингүй болгоод шинийг олгоно уу.");
    public static readonly Localized TheKey = new("The key", "Түлхүүр");
}
