using System.ComponentModel.DataAnnotations;
using HybridCoach.Application.Accounts;
using HybridCoach.Domain.Athletes;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace HybridCoach.Web.Pages;

/// <summary>
/// The account's API tokens (<see cref="ApiTokens"/>): make one for a script or a device, see it once, revoke any.
/// Each call with it reaches this account's data only, as the sign-in would.
/// </summary>
public sealed class ApiTokensModel(CurrentAthlete athlete, ApiTokens tokens) : AthletePageModel(athlete)
{
    [BindProperty, Required, StringLength(ApiTokens.MaxNameLength)] public string? Name { get; set; }

    public IReadOnlyList<ApiTokenInfo> Tokens { get; private set; } = [];

    /// <summary>The token just made, shown this once.</summary>
    public string? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                (_, Created) = await tokens.CreateAsync((await Athlete.UserAsync()).Id, Name!, cancellationToken);
                Name = null;
                ModelState.Clear();
            }
            catch (InvalidFieldException error)
            {
                ModelState.AddModelError(nameof(Name), error.Message);
            }
        }
        await ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        if (!await tokens.RevokeAsync((await Athlete.UserAsync()).Id, id, cancellationToken)) return NotFound();
        return RedirectToPage();
    }

    private async Task ListAsync(CancellationToken cancellationToken) => Tokens = await tokens.ListAsync((await Athlete.UserAsync()).Id, cancellationToken);
}
