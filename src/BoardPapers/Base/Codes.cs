namespace BoardPapers.Base;

/// <summary>Diagnostic codes. BP0xx: reading the file; BP1xx: structure; BP2xx: meaning; BP3xx: lints (warnings); BP4xx: templates and board HTML; BP5xx: meetings and reports.</summary>
public static class Codes
{
    public const string Unreadable = "BP001";
    public const string TooLarge = "BP002";
    public const string Empty = "BP003";
    public const string NotText = "BP004";
    public const string Syntax = "BP005";
    public const string TooDeep = "BP006";
    public const string AliasExpansion = "BP007";
    public const string DuplicateKey = "BP008";
    public const string MultipleDocuments = "BP009";

    public const string UnknownKey = "BP101";
    public const string WrongType = "BP102";
    public const string MissingKey = "BP103";
    public const string InvalidDate = "BP104";
    public const string InvalidChoice = "BP105";
    public const string InvalidText = "BP106";
    public const string OutOfRange = "BP107";
    public const string ComplexKey = "BP108";

    public const string DuplicateRef = "BP201";
    public const string UnknownLegend = "BP202";
    public const string UnknownStatusValue = "BP203";
    public const string UnknownSource = "BP204";
    public const string DuplicateLegend = "BP205";
    public const string DuplicateLegendValue = "BP206";
    public const string DuplicateSource = "BP207";
    public const string UnknownColumnField = "BP208";

    public const string UnknownTemplate = "BP401";
    public const string TemplateSyntax = "BP402";
    public const string TemplateRuntime = "BP403";
    public const string NotBoardHtml = "BP404";

    public const string MissingFile = "BP501";
    public const string ItemNeeds = "BP502";
    public const string AppendixSource = "BP503";
    public const string FrontMatter = "BP504";
    public const string DocumentType = "BP505";
    public const string AppendixPlan = "BP506";
    public const string DuplicateItemNumber = "BP507";
    public const string AppendixTemplate = "BP508";

    public const string Overdue = "BP301";
    public const string NoLead = "BP302";
    public const string UnusedLegendValue = "BP303";
}
