namespace BoardPapers.Base;

/// <summary>Diagnostic codes. BP0xx: reading the file; BP1xx: structure; BP2xx: meaning; BP3xx: lints (warnings); BP4xx: templates and board HTML; BP5xx: meetings and reports; BP6xx: returned workbooks; BP7xx: statutory notice (the clerk's calendar).</summary>
public static class Codes
{
    /// <summary>The file cannot be read.</summary>
    public const string Unreadable = "BP001";
    /// <summary>The file is larger than the limit.</summary>
    public const string TooLarge = "BP002";
    /// <summary>The file is empty.</summary>
    public const string Empty = "BP003";
    /// <summary>The file is not UTF-8 text.</summary>
    public const string NotText = "BP004";
    /// <summary>The YAML is not well formed.</summary>
    public const string Syntax = "BP005";
    /// <summary>The YAML nests deeper than the limit.</summary>
    public const string TooDeep = "BP006";
    /// <summary>YAML aliases expand beyond the limit.</summary>
    public const string AliasExpansion = "BP007";
    /// <summary>A key is given twice in one mapping.</summary>
    public const string DuplicateKey = "BP008";
    /// <summary>The file holds more than one YAML document.</summary>
    public const string MultipleDocuments = "BP009";
    /// <summary>A character no document can carry (a control character, U+FFFE, U+FFFF).</summary>
    public const string NotDocumentText = "BP010";
    /// <summary>A value marked with a YAML tag of its own (`!name`), which would drop the words it looks like.</summary>
    public const string Tagged = "BP011";

    /// <summary>A key the format does not have.</summary>
    public const string UnknownKey = "BP101";
    /// <summary>A value of the wrong kind (a list where text is expected ...).</summary>
    public const string WrongType = "BP102";
    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "BP103";
    /// <summary>A date that is not a real date in YYYY-MM-DD.</summary>
    public const string InvalidDate = "BP104";
    /// <summary>A value outside the allowed choices.</summary>
    public const string InvalidChoice = "BP105";
    /// <summary>Text that does not match its pattern.</summary>
    public const string InvalidText = "BP106";
    /// <summary>A number outside its range.</summary>
    public const string OutOfRange = "BP107";
    /// <summary>A mapping key that is not plain text.</summary>
    public const string ComplexKey = "BP108";
    /// <summary>Markdown longer than a field or document may be.</summary>
    public const string MarkdownTooLarge = "BP109";
    /// <summary>Markdown that nests lists or emphasis too deeply to print.</summary>
    public const string MarkdownTooDeep = "BP110";
    /// <summary>A link to an address a paper may not carry (javascript:, file: ...); it prints as text.</summary>
    public const string LinkNotAllowed = "BP111";
    /// <summary>An image that is not a file beside the plan, or has no alt text.</summary>
    public const string ImageNotAllowed = "BP112";
    /// <summary>A key of a newer format version than the file declares.</summary>
    public const string NewerFormatKey = "BP113";
    /// <summary>A comment right after a value that reads like text ("Item #1"): the rest of the line is left out of the value.</summary>
    public const string TextLostToComment = "BP114";
    /// <summary>Text that is not Markdown (a title, a ref, a lead) longer than such a field may be.</summary>
    public const string TextTooLarge = "BP115";
    /// <summary>A Markdown table with more columns than a page prints, or more rows than a paper prints in one table.</summary>
    public const string MarkdownTooWide = "BP116";
    /// <summary>A line inside a text of several lines that reads as a key of its own (`workstream: ...`, `- text: ...`), indented too far, so YAML made it more of the text.</summary>
    public const string AbsorbedKey = "BP117";

    /// <summary>A ref used twice.</summary>
    public const string DuplicateRef = "BP201";
    /// <summary>A legend key no legend has.</summary>
    public const string UnknownLegend = "BP202";
    /// <summary>A status value its legend does not have.</summary>
    public const string UnknownStatusValue = "BP203";
    /// <summary>A source key no source has.</summary>
    public const string UnknownSource = "BP204";
    /// <summary>A legend key used twice.</summary>
    public const string DuplicateLegend = "BP205";
    /// <summary>A legend value key used twice in one legend.</summary>
    public const string DuplicateLegendValue = "BP206";
    /// <summary>A source key used twice.</summary>
    public const string DuplicateSource = "BP207";
    /// <summary>A column naming a field rows do not have.</summary>
    public const string UnknownColumnField = "BP208";
    /// <summary>A merged column whose cells are shaded by a legend.</summary>
    public const string MergeShaded = "BP209";
    /// <summary>A cited plan that cannot be used: outside the plan's folder, missing, not a plan, or broken (format 2).</summary>
    public const string CitedPlanUnusable = "BP210";
    /// <summary>A cited recommendation its plan does not have (format 2).</summary>
    public const string CitedRefMissing = "BP211";

    /// <summary>No template of that name.</summary>
    public const string UnknownTemplate = "BP401";
    /// <summary>A template that does not parse.</summary>
    public const string TemplateSyntax = "BP402";
    /// <summary>A template that fails while rendering.</summary>
    public const string TemplateRuntime = "BP403";
    /// <summary>Template output outside board HTML.</summary>
    public const string NotBoardHtml = "BP404";

    /// <summary>A file the meeting names does not exist.</summary>
    public const string MissingFile = "BP501";
    /// <summary>An item lacks what its kind needs.</summary>
    public const string ItemNeeds = "BP502";
    /// <summary>An appendix with no source, or more than one.</summary>
    public const string AppendixSource = "BP503";
    /// <summary>A report's front matter is missing or wrong.</summary>
    public const string FrontMatter = "BP504";
    /// <summary>A published document that is not .docx or .pdf.</summary>
    public const string DocumentType = "BP505";
    /// <summary>An appendix plan that does not load, or its changes_since revision.</summary>
    public const string AppendixPlan = "BP506";
    /// <summary>An item number used twice.</summary>
    public const string DuplicateItemNumber = "BP507";
    /// <summary>An appendix naming an unknown template.</summary>
    public const string AppendixTemplate = "BP508";
    /// <summary>A file named outside the folder the meeting may read from.</summary>
    public const string OutsideRoot = "BP509";
    /// <summary>A plan appendix whose template prints nothing for its plan (an exception report of a plan with no legend).</summary>
    public const string AppendixPrintsNothing = "BP510";

    /// <summary>An action past its due date and not complete.</summary>
    public const string Overdue = "BP301";
    /// <summary>An action with no lead.</summary>
    public const string NoLead = "BP302";
    /// <summary>A legend value no row uses.</summary>
    public const string UnusedLegendValue = "BP303";
    /// <summary>Actions with steps in a plan whose action columns show no step field.</summary>
    public const string StepsNotShown = "BP304";
    /// <summary>A cited recommendation that could not be checked: the plan was not read from a folder.</summary>
    public const string CitationNotChecked = "BP305";
    /// <summary>A column whose width cannot hold its longest word: the word would break across lines.</summary>
    public const string ColumnTooNarrow = "BP306";
    /// <summary>A status on a legend that no column of the plan's own tables prints: it would be lost from the paper.</summary>
    public const string StatusNotPrinted = "BP307";

    /// <summary>A returned update workbook that cannot be read (not an .xlsx, too large, a zip bomb, no Row column).</summary>
    public const string WorkbookUnreadable = "BP601";
    /// <summary>A status in an update workbook that is not one of its legend's labels.</summary>
    public const string UpdateNotALabel = "BP602";
    /// <summary>A revised due date in an update workbook that is not a date (or a month where the plan allows none).</summary>
    public const string UpdateNotADate = "BP603";
    /// <summary>Text in an update workbook holding a character no document can carry, or far too long.</summary>
    public const string UpdateNotText = "BP604";
    /// <summary>An answer for a row the plan no longer has.</summary>
    public const string UpdateRowGone = "BP605";
    /// <summary>A row changed in the plan since its workbook was issued, and changed by the lead too.</summary>
    public const string UpdateConflict = "BP606";
    /// <summary>An answer in a cell its row does not take (a status on a legend it does not carry, a result without its period, an error value).</summary>
    public const string UpdateNotTaken = "BP607";
    /// <summary>The same value answered twice, differently: two rows of one workbook, or two workbooks.</summary>
    public const string UpdateTwice = "BP608";

    /// <summary>An agenda published too late to give the clear days the notice rule asks for.</summary>
    public const string AgendaLate = "BP701";
    /// <summary>A meeting with no publication date yet: the day by which its agenda must be published.</summary>
    public const string AgendaDeadline = "BP702";
    /// <summary>A key decision without its notice in the forward plan in time, and no urgency route.</summary>
    public const string KeyDecisionNotice = "BP703";
    /// <summary>An item to be taken in private without notice of that intention in time, and no urgency route.</summary>
    public const string PrivateNotice = "BP704";
    /// <summary>A meeting whose committee file (committee.yaml beside it) has errors.</summary>
    public const string CommitteeFileBroken = "BP705";
    /// <summary>A decision notice dated before its meeting, or decisions recorded for a meeting not yet held.</summary>
    public const string DecisionDates = "BP706";
}
