using System.Security.Cryptography;
using System.Text;
using HybridCoach.Application.Accounts;
using HybridCoach.Domain.Athletes;
using Xunit;

namespace HybridCoach.Application.Tests.Accounts;

public class ApiTokensTests
{
    private sealed class Store : IApiTokenStore
    {
        public List<(long Id, string Account, string Name, string Sha256)> Rows { get; } = [];
        public int Lookups { get; private set; }

        public Task<long> AddTokenAsync(string accountId, string name, string tokenSha256, DateTimeOffset createdAtUtc, CancellationToken cancellationToken = default)
        {
            Rows.Add((Rows.Count + 1, accountId, name, tokenSha256));
            return Task.FromResult((long)Rows.Count);
        }

        public Task<IReadOnlyList<ApiTokenInfo>> ListTokensAsync(string accountId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ApiTokenInfo>>([.. Rows.Where(r => r.Account == accountId).Select(r => new ApiTokenInfo(r.Id, r.Name, DateTimeOffset.UnixEpoch))]);

        public Task<bool> RevokeTokenAsync(string accountId, long id, CancellationToken cancellationToken = default) =>
            Task.FromResult(Rows.RemoveAll(r => r.Account == accountId && r.Id == id) == 1);

        public Task<string?> FindAccountByTokenAsync(string tokenSha256, CancellationToken cancellationToken = default)
        {
            Lookups++;
            return Task.FromResult(Rows.Where(r => r.Sha256 == tokenSha256).Select(r => r.Account).FirstOrDefault());
        }
    }

    [Fact]
    public async Task Create_KeepsOnlyTheSha256_AndTheTokenOpensItsAccount()
    {
        var store = new Store();
        var tokens = new ApiTokens(store, TimeProvider.System);

        var (id, token) = await tokens.CreateAsync("acc-1", "  watch  ");

        Assert.Equal(1, id);
        Assert.Matches("^hc_[A-Za-z0-9_-]{43}$", token);
        Assert.Equal("watch", store.Rows[0].Name);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))), store.Rows[0].Sha256);
        Assert.DoesNotContain(store.Rows, r => r.Sha256.Contains(token[3..], StringComparison.Ordinal));
        Assert.Equal("acc-1", await tokens.FindAccountAsync(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hc_short")]
    [InlineData("xx_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("hc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/A")]
    public async Task MalformedToken_RefusedBeforeTheStoreIsAsked(string? token)
    {
        var store = new Store();

        Assert.Null(await new ApiTokens(store, TimeProvider.System).FindAccountAsync(token));
        Assert.Equal(0, store.Lookups);
    }

    [Fact]
    public async Task Names_AreChecked_AndAnAccountHasAtMostTwenty()
    {
        var tokens = new ApiTokens(new Store(), TimeProvider.System);
        for (var i = 0; i < ApiTokens.MaxPerAccount; i++) await tokens.CreateAsync("acc-1", $"device {i}");

        var blank = await Assert.ThrowsAsync<InvalidFieldException>(() => tokens.CreateAsync("acc-2", "   "));
        var tooMany = await Assert.ThrowsAsync<InvalidFieldException>(() => tokens.CreateAsync("acc-1", "one more"));

        Assert.Equal(("name", "name '': expected 1 to 60 characters, e.g. \"my watch script\""), (blank.Field, blank.Message));
        Assert.Equal("you already have 20 tokens; revoke one you no longer use first", tooMany.Message);
        // Another account is not held back by acc-1's twenty: its token is the store's 21st row.
        Assert.Equal(21, (await tokens.CreateAsync("acc-2", "other account")).Id);
    }
}
