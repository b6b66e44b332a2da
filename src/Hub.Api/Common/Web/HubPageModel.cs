using FluentValidation;
using Hub.Application.Common.Exceptions;
using Hub.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Common.Web;

/// <summary>
/// A page sends the same Mediator commands and queries as the API, so the same access, validation and domain rules
/// hold; what the API answers as problem details a page shows on its form: a validation failure beside its field, a
/// broken rule or a conflict as a message above the form.
/// </summary>
public abstract class HubPageModel : PageModel
{
    protected ISender Sender => HttpContext.RequestServices.GetRequiredService<ISender>();

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>Sends a request; on a refusal the page keeps its form, with the reasons in ModelState, and gets false.</summary>
    /// <param name="fieldPrefix">The bound property whose fields the request's properties are (<c>Input</c> → <c>Input.VentureName</c>).</param>
    protected async Task<bool> TryAsync(Func<CancellationToken, Task> send, string fieldPrefix = "Input")
    {
        try
        {
            await send(Aborted);
            return true;
        }
        catch (ValidationException e)
        {
            foreach (var error in e.Errors)
            {
                ModelState.AddModelError(FieldKey(fieldPrefix, error.PropertyName), error.ErrorMessage);
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (Exception e) when (e is ConflictException or ForbiddenException or NotFoundException or DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, e is DbUpdateConcurrencyException or ConflictException { IsStaleVersion: true } ? CommonText.ChangedMeanwhile.ToString() : e.Message);
        }

        return false;
    }

    /// <summary>Sends a query whose answer the page shows; null (and a message) when it was refused.</summary>
    protected async Task<T?> TryGetAsync<T>(IQuery<T> query)
        where T : class
    {
        T? result = null;
        await TryAsync(async ct => result = await Sender.Send(query, ct));
        return result;
    }

    /// <summary>Redirects to the page itself with a one-time message shown above it.</summary>
    protected RedirectResult Done(string url, Localized message) => Done(url, message.ToString());

    protected RedirectResult Done(string url, string message)
    {
        TempData[Flash.Key] = message;
        return Redirect(url);
    }

    private static string FieldKey(string prefix, string property) =>
        string.IsNullOrEmpty(property) ? string.Empty : string.IsNullOrEmpty(prefix) ? property : $"{prefix}.{property}";
}
