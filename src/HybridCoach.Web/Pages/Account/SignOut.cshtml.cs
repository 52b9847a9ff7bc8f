using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages.Account;

/// <summary>Signs out (a POST with the antiforgery token, so no other site can sign a runner out).</summary>
public sealed class SignOutModel(SignInManager<WebUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
