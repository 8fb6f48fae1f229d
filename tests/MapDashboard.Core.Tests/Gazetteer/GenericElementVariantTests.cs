using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Tests.Gazetteer;

/// <summary>
/// Issue #22 (location): romanisation variants of the generic elements Arabic place names start with (khirba, kafr,
/// hawsh, shaykh, qarya, mazraʿa, nabi, jisr, jubb) meet on the folded key through the word rules of transliteration.tsv.
/// The names are invented for these tests; three per element.
/// </summary>
public class GenericElementVariantTests
{
    [Theory]
    [InlineData("Kherbet Zaytuna Saghira", "Khirbat Zaytuna Saghira")]
    [InlineData("Kheurbet Abu Nasim", "Khirbat Abu Nasim")]
    [InlineData("Khirbeh el-Tannur", "Khirbet al-Tannur")]
    [InlineData("Kfer Dallal", "Kafr Dallal")]
    [InlineData("Kefer Mishmish", "Kfar Mishmish")]
    [InlineData("Kefar Samra", "Kafr Samra")]
    [InlineData("Haouch Barakat", "Hawsh Barakat")]
    [InlineData("Houch Nasri", "Hosh Nasri")]
    [InlineData("Haouch el-Tahtani", "Hawsh al-Tahtani")]
    [InlineData("Cheikh Maarouf Tahtani", "Shaykh Maruf Tahtani")]
    [InlineData("Cheik Hilal", "Sheikh Hilal")]
    [InlineData("Cheikh Ghadir", "Shaikh Ghadir")]
    [InlineData("Qarya Jadida", "Qaryat Jadida")]
    [InlineData("Qariyat Bani Salim", "Qaryat Bani Salim")]
    [InlineData("Qaryah Tawil", "Qaryat Tawil")]
    [InlineData("Mazraet Abu Fakhri", "Mazraat Abu Fakhri")]
    [InlineData("Mazra'a Salmun", "Mazra‘at Salmun")]
    [InlineData("Mazraah Hirsh", "Mazraat Hirsh")]
    [InlineData("Nebi Yunis Saghir", "Nabi Yunis Saghir")]
    [InlineData("Neby Hudayl", "Nabi Hudayl")]
    [InlineData("Naby Hammud", "Nabi Hamud")]
    [InlineData("Jesr al-Kharrub", "Jisr al-Kharrub")]
    [InlineData("Jser Tahtani", "Jisr Tahtani")]
    [InlineData("Jesr Umm Qasab", "Jisr Umm Qasab")]
    [InlineData("Jeb Hamdan Saghir", "Jubb Hamdan Saghir")]
    [InlineData("Jib al-Tuwal", "Jubb at Tuwal")]
    [InlineData("Djoub el-Rummana", "Jubb ar Rummanah")]
    public void VariantOfAGenericElement_SharesTheFoldedKey(string a, string b) => Assert.Equal(NameFolding.Fold(a), NameFolding.Fold(b));

    /// <summary>Doubled consonants ("Hassan"/"Hasan") are written single before comparing.</summary>
    [Theory]
    [InlineData("Tall Hassan Kabbur", "Tall Hasan Kabur")]
    [InlineData("Kafr Jammal", "Kafr Jamal")]
    [InlineData("Ayn Sallum", "Ayn Salum")]
    public void DoubledConsonants_ShareTheFoldedKey(string a, string b) => Assert.Equal(NameFolding.Fold(a), NameFolding.Fold(b));

    /// <summary>Different generic elements stay apart: a well is not a mountain, a village is not a hill, a farm is not a shrine.</summary>
    [Theory]
    [InlineData("Jubb Safsaf", "Jabal Safsaf")]
    [InlineData("Qarya Jadida", "Qara Jadida")]
    [InlineData("Kherbet Sumaq", "Kharab Sumaq")]
    [InlineData("Nebi Hudayl", "Nabk Hudayl")]
    [InlineData("Mazraet Dibs", "Mazar Dibs")]
    [InlineData("Jeb Nur", "Jebel Nur")]
    [InlineData("Jib Marzuq", "Jabab Marzuq")]
    public void DifferentElements_StayApartOnTheFoldedKey(string a, string b) => Assert.NotEqual(NameFolding.Fold(a), NameFolding.Fold(b));

    /// <summary>Held out: written with the rules but not used to choose or adjust them; reported apart.</summary>
    [Theory]
    [Trait("Category", "HeldOut")]
    [InlineData("Khirbah Ruman", "Kherbet Ruman")]
    [InlineData("Kefer Tuffah", "Kfar Tuffah")]
    [InlineData("Mazraeh Dibs", "Mazraat Dibs")]
    [InlineData("Haouch Zaytun", "Hosh Zaytun")]
    [InlineData("Cheikh Abdallah Hamid", "Sheikh Abdallah Hamid")]
    [InlineData("Kherbeh Abu Shaar", "Khirbat Abu Shaar")]
    [InlineData("Qariyah Mahmudiyya", "Qarya Mahmudiya")]
    public void HeldOut_VariantOfAGenericElement_SharesTheFoldedKey(string a, string b) => Assert.Equal(NameFolding.Fold(a), NameFolding.Fold(b));
}
