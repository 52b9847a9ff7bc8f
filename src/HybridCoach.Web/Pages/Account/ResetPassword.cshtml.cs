using System.ComponentModel.DataAnnotations;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages.Account;

/// <summary>Sets a new password with the link's token; the security stamp changes, so the link works once and every other session ends.</summary>
public sealed class ResetPasswordModel(UserManager<WebUser> users) : PageModel
{
    [BindProperty(SupportsGet = true), Required]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true), Required]
    public string Token { get; set; } = "";

    [BindProperty, Required, StringLength(256)]
    public string Password { get; set; } = "";

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Email);
        var result = user is null ? IdentityResult.Failed(new IdentityError { Description = "This reset link is not valid." })
            : await users.ResetPasswordAsync(user, Token, Password);
        if (result.Succeeded) return RedirectToPage("/Account/SignIn");
        foreach (var error in result.Errors)
            ModelState.AddModelError(string.Empty, error.Code == "InvalidToken" ? "This reset link is not valid or was used already; ask for a new one." : error.Description);
        return Page();
    }
}
