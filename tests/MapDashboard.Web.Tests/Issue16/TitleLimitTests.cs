using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MapDashboard.Core.Articles;

namespace MapDashboard.Web.Tests.Issue16;

/// <summary>Issue 16.6: a title has one limit everywhere, counted the same way by the API, the ingester and the corrector.</summary>
public sealed class TitleLimitTests
{
    [Fact]
    public async Task Issue16_ATitleAtTheLimitWithSurroundingSpaces_IsAcceptedByUploadAndCorrection_OneCharacterMoreIsRefusedByBoth()
    {
        await using var app = new Issue16App();
        using var client = app.Factory.CreateClient();
        var atLimit = Uri.EscapeDataString("  " + new string('t', ArticleFieldLimits.MaxTitleLength) + "  ");
        var over = new string('u', ArticleFieldLimits.MaxTitleLength + 1);

        var upload = await client.PostAsync($"/api/articles?name=a.txt&title={atLimit}", new StringContent("Shelling in Saraqib on Monday.", Encoding.UTF8, "text/plain"));
        var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("articleId").GetInt64();
        var correction = await client.PostAsJsonAsync($"/api/articles/{id}/correction", new { title = " " + new string('c', ArticleFieldLimits.MaxTitleLength) + " " });
        var uploadOver = await client.PostAsync($"/api/articles?name=b.txt&title={over}", new StringContent("Clashes near Idlib on Tuesday.", Encoding.UTF8, "text/plain"));
        var correctionOver = await client.PostAsJsonAsync($"/api/articles/{id}/correction", new { title = over });

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.True(correction.IsSuccessStatusCode, $"{(int)correction.StatusCode} {await correction.Content.ReadAsStringAsync()}");
        var uploadMessage = JsonDocument.Parse(await uploadOver.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("title")[0].GetString();
        var correctionMessage = JsonDocument.Parse(await correctionOver.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("title")[0].GetString();
        Assert.Equal(HttpStatusCode.BadRequest, uploadOver.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, correctionOver.StatusCode);
        Assert.Equal(ArticleFieldLimits.Refusal(over, null), uploadMessage);
        Assert.Equal(uploadMessage, correctionMessage);
    }
}
