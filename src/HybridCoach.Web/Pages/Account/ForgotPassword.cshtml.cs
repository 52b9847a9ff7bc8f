using System.ComponentModel.DataAnnotations;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages.Account;

/// <summary>
/// Sends a one-time reset link (Identity's token, bound to the security stamp). The answer is the same whether or not
/// the address has an account, so the page tells nobody which addresses are registered.
/// </summary>
public sealed class ForgotPasswordModel(UserManager<WebUser> users, IPasswordResetSender sender) : PageModel
{
    [BindProperty, Required, EmailAddress]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        if (await users.FindByEmailAsync(Email.Trim()) is { } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = Url.Page("/Account/ResetPassword", pageHandler: null, values: new { email = user.Email, token }, protocol: Request.Scheme)!;
            await sender.SendAsync(user.Email, new Uri(link), cancellationToken);
        }
        Sent = true;
        return Page();
    }
}
