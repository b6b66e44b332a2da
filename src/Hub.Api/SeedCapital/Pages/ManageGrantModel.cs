using Hub.Api.Common.Web;
using Hub.Application.SeedCapital.Commands.ApproveTranche;
using Hub.Application.SeedCapital.Commands.RecordExchangeRate;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Application.SeedCapital.Queries.GetExchangeRate;
using Hub.Application.SeedCapital.Queries.GetGrant;
using Hub.Domain.Common;
using Hub.Domain.SeedCapital;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.SeedCapital.Pages;

/// <summary>
/// One grant for a manager: paid out and still to pay, each tranche with the milestone report and the jobs created,
/// and the approval of a reported one. The approval carries the grant's version the manager saw, so a second
/// approval or one over a change meanwhile is refused. A grant in tögrög is released at the day's euro rate: the page
/// shows it, or asks for it with the approval and records it first (as <c>PUT /exchange-rates/{currency}/{day}</c> does).
/// </summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class ManageGrantModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SeedCapitalGrantDto? Grant { get; private set; }

    public SeedCapitalCallDto? Call { get; private set; }

    /// <summary>Today (UTC, the app's clock): the day whose euro rate an approval now releases at.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>Today's euro rate of the grant's currency, when it is not the euro and a rate is recorded.</summary>
    public SeedCapitalExchangeRateDto? TodayRate { get; private set; }

    /// <summary>The grant is paid in a currency other than the euro: its tranches need the day's euro rate.</summary>
    public bool NeedsRate => Grant is { } grant && grant.Amount.Currency != nameof(Currency.EUR);

    public async Task OnGetAsync()
    {
        Grant = await TryGetAsync(new GetGrantQuery(Id));
        Call = Grant is null ? null : await TryGetAsync(new GetCallQuery(Grant.CallId));
        Today = DateOnly.FromDateTime(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        if (NeedsRate)
        {
            await TryAsync(async ct => TodayRate = await Sender.Send(new GetExchangeRateQuery(Grant!.Amount.Currency, Today), ct));
        }
    }

    /// <param name="rate">Units of the grant's currency per euro today, when none was recorded as the page was shown: recorded first.</param>
    public async Task<IActionResult> OnPostApproveAsync(int number, uint version, decimal? rate)
    {
        if (ModelState.IsValid && (rate is not { } unitsPerEur || await RecordTodayRateAsync(unitsPerEur))
            && await TryAsync(ct => Sender.Send(new ApproveTrancheCommand(Id, number, version), ct).AsTask(), fieldPrefix: string.Empty))
        {
            return Done($"/manage/grants/{Id}", ManageCallsText.ApprovedDone.With(number));
        }

        await OnGetAsync();
        return Page();
    }

    /// <summary>Records today's rate the manager typed; one recorded meanwhile by someone else is not overwritten, but shown.</summary>
    private async Task<bool> RecordTodayRateAsync(decimal unitsPerEur)
    {
        await OnGetAsync();
        if (!NeedsRate || !ModelState.IsValid)
        {
            return ModelState.IsValid;
        }

        if (TodayRate is { } recorded)
        {
            if (recorded.UnitsPerEur == unitsPerEur)
            {
                return true;
            }

            ModelState.AddModelError(string.Empty, CommonText.ChangedMeanwhile.ToString());
            return false;
        }

        return await TryAsync(ct => Sender.Send(new RecordExchangeRateCommand(Grant!.Amount.Currency, Today, unitsPerEur), ct).AsTask(), fieldPrefix: string.Empty);
    }
}
