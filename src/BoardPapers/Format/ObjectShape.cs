namespace BoardPapers.Format;

/// <summary>A mapping with known keys. Fields are added after construction because the format is recursive.</summary>
public sealed class ObjectShape(string name, string description) : Shape
{
    private readonly List<Field> fields = [];

    /// <summary>The singular name users know it by ("action", "legend value").</summary>
    public string Name { get; } = name;

    /// <summary>What the object is, for messages and the schema.</summary>
    public string Description { get; } = description;

    /// <summary>The object's keys, in the order the format documents them.</summary>
    public IReadOnlyList<Field> Fields => fields;

    /// <summary>What messages say is expected here.</summary>
    public override string Expected => $"a mapping ({Name})";

    /// <summary>Adds a key to the object (new in format <paramref name="since"/>); returns the object, so keys can be chained.</summary>
    public ObjectShape Add(string name, Shape shape, string description, bool required = false, int since = 1)
    {
        fields.Add(new Field(name, shape, required, description, since));
        return this;
    }

    /// <summary>Adds keys described elsewhere (<see cref="RowFields"/>), in order; returns the object.</summary>
    public ObjectShape Add(IEnumerable<Field> described)
    {
        fields.AddRange(described);
        return this;
    }

    /// <summary>A key's field, or null when the object has no such key.</summary>
    public Field? Find(string key) => fields.FirstOrDefault(f => f.Name == key);
}
