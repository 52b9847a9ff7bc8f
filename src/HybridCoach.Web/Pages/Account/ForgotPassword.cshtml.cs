using System.ComponentModel.DataAnnotations;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages.Account;

/// <summary>
/// Sends a one-time reset link (Identity's token, bound to the security stamp). The answer is the same whether or not
/// the address has an account, so the page tells nobody which addresses are registered. The link is built on the
/// configured public address when there is one (<see cref="PublicAddress"/>).
/// </summary>
public sealed class ForgotPasswordModel(UserManager<WebUser> users, IPasswordResetSender sender, PublicAddress address) : PageModel
{
    [BindProperty, Required, EmailAddress]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public string Delivery => sender.Delivery;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        if (await users.FindByEmailAsync(Email.Trim()) is { } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var path = Url.Page("/Account/ResetPassword", pageHandler: null, values: new { email = user.Email, token })!;
            await sender.SendAsync(user.Email, address.Link(path, Request), cancellationToken);
        }
        Sent = true;
        return Page();
    }
}
