using System.ComponentModel.DataAnnotations;
using HybridCoach.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridCoach.Web.Pages.Account;

/// <summary>Makes an account (and with it the athlete's own store) and signs it in.</summary>
public sealed class SignUpModel(UserManager<WebUser> users, SignInManager<WebUser> signIn) : PageModel
{
    [BindProperty, Required, EmailAddress, StringLength(254)]
    public string Email { get; set; } = "";

    [BindProperty, Required, StringLength(256)]
    public string Password { get; set; } = "";

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = new WebUser { Email = Email.Trim() };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) ModelState.AddModelError(string.Empty, error.Description);
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return RedirectToPage("/Today");
    }
}
