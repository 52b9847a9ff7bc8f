using System.ComponentModel.DataAnnotations;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages.Account;

/// <summary>Signs in with e-mail and password; five failures lock the account for 15 minutes (Identity's lockout).</summary>
public sealed class SignInModel(SignInManager<WebUser> signIn) : PageModel
{
    [BindProperty, Required, EmailAddress]
    public string Email { get; set; } = "";

    [BindProperty, Required]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Today");
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes."
            : "E-mail or password is not right.");
        return Page();
    }
}
