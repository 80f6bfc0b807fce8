namespace BoardPapers.Format;

/// <summary>A mapping with known keys. Fields are added after construction because the format is recursive.</summary>
public sealed class ObjectShape(string name, string description) : Shape
{
    private readonly List<Field> fields = [];

    /// <summary>The singular name users know it by ("action", "legend value").</summary>
    public string Name { get; } = name;

    public string Description { get; } = description;

    public IReadOnlyList<Field> Fields => fields;

    public override string Expected => $"a mapping ({Name})";

    public ObjectShape Add(string name, Shape shape, string description, bool required = false)
    {
        fields.Add(new Field(name, shape, required, description));
        return this;
    }

    public Field? Find(string key) => fields.FirstOrDefault(f => f.Name == key);
}
