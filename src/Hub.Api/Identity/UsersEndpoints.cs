using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using System.ComponentModel;
using Hub.Api.Common.OpenApi;
using Hub.Application.Identity.Commands.ChangeUserRoles;
using Hub.Application.Identity.Commands.CreateUser;
using Hub.Application.Identity.Commands.LockUser;
using Hub.Application.Identity.Commands.UnlockUser;
using Hub.Application.Identity.Contracts;
using Hub.Application.Identity.Queries.GetUser;
using Hub.Application.Identity.Queries.ListUsers;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Identity;

/// <summary>The accounts of the programme's people, made by staff.</summary>
internal sealed class UsersEndpoints : IEndpointGroup
{
    public static string Prefix => "/users";

    public static string Tag => "Users";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", CreateUser)
            .WithName("CreateUser")
            .WithSummary("Create an account")
            .WithDescription("An account with one role. Managers create every role but Admin and Manager; only an admin creates those.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<CreateUserCommand>();

        group.MapGet("/{id:guid}", GetUser)
            .WithName("GetUser")
            .WithSummary("Get a person")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetUserQuery>();

        group.MapGet("/", ListUsers)
            .WithName("ListUsers")
            .WithSummary("List accounts")
            .WithDescription("By name, then id; filtered by role and by a text found in the name or e-mail (any case). Each account carries its version for a change of roles.")
            .ProducesValidationProblem()
            .Sends<ListUsersQuery>();

        group.MapPut("/{id:guid}/roles", ChangeRoles)
            .WithName("ChangeUserRoles")
            .WithSummary("Replace a person's roles")
            .WithDescription("Ends the person's sign-ins: they sign in again with the new roles. 409 for a stale version; 422 `users.last-admin` when no active admin would remain, `users.erased` for an erased account.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<ChangeUserRolesCommand>();

        group.MapPost("/{id:guid}/lock", Lock)
            .WithName("LockUser")
            .WithSummary("Lock an account")
            .WithDescription("The person cannot sign in and their tokens, cookies and refresh tokens stop working, until unlocked. 422 `users.last-admin` for the last active admin, `users.lock-self` for one's own account, `users.erased` for an erased account.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<LockUserCommand>();

        group.MapPost("/{id:guid}/unlock", Unlock)
            .WithName("UnlockUser")
            .WithSummary("Unlock an account")
            .WithDescription("Also ends a lock-out after failed sign-ins. 422 `users.erased` for an erased account.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Sends<UnlockUserCommand>();
    }

    private static async Task<Created<CreatedResponse>> CreateUser(CreateUserRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreateUserCommand(request.Email, request.Password, request.FullName, request.Role), cancellationToken);
        return TypedResults.Created($"/api/v1/users/{id}", new CreatedResponse(id));
    }

    private static async Task<Ok<IdentityPersonDto>> GetUser(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUserQuery(id), cancellationToken));

    private static async Task<Ok<ListResponse<IdentityUserAccountDto>>> ListUsers(
        [FromQuery(Name = "role")][Description("Only accounts with this role.")][OpenApiEnum(FixedList.PersonRoles)] string? role,
        [FromQuery(Name = "q")][Description("Only accounts whose name or e-mail contains this text, in any case.")] string? q,
        [AsParameters] PageQuery page,
        ISender sender,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(ListResponse<IdentityUserAccountDto>.From(await sender.Send(new ListUsersQuery(role, q, page.ToPageRequest()), cancellationToken)));

    private static async Task<Ok<IdentityUserAccountDto>> ChangeRoles(Guid id, ChangeUserRolesRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ChangeUserRolesCommand(id, request.Roles ?? [], request.Version ?? string.Empty), cancellationToken));

    private static async Task<NoContent> Lock(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new LockUserCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Unlock(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new UnlockUserCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
