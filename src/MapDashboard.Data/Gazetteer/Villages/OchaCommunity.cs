namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>One row of UN OCHA's list of Syrian communities (P-coded populated places), as read from its TSV or CSV.</summary>
/// <param name="Pcode">The community's P-code (C1215), the stable id of the merged place.</param>
/// <param name="NameEn">OCHA's English name, with any bracketed disambiguator ("Deir Sunbul (Madiq Castle)").</param>
/// <param name="Admin1Pcode">The governorate's P-code (SY02).</param>
public sealed record OchaCommunity(
    string Pcode,
    string NameEn,
    string? NameAr,
    string? Admin4En,
    string? Admin3En,
    string? Admin2En,
    string? Admin1En,
    string? Admin1Pcode,
    double Lat,
    double Lon,
    string Source);
