using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Chronicle.Deploy.Tests;

/// <summary>
/// Renders a kustomization the way 'kubectl kustomize' does, for the features Chronicle's
/// manifests use: resources (files and directories), components, namespace, images, and patches:
/// strategic-merge patches (maps merged, lists of named items merged by name, null deletes a key)
/// applied to the object they name, and JSON patches (add, replace, remove) applied to every
/// object a target (kind, name, label selector) selects. Objects are plain dictionaries so the
/// policy tests read them like the API server would.
/// </summary>
public static class Kustomize
{
    // Unquoted scalars become numbers and booleans, quoted ones stay strings: as the API server reads them.
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();

    private static readonly HashSet<string> ClusterScoped = ["Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass"];

    public static List<Dictionary<string, object?>> Render(string directory)
    {
        var kustomization = Map(Yaml.Deserialize<object>(File.ReadAllText(System.IO.Path.Combine(directory, "kustomization.yaml"))))
            ?? throw new InvalidDataException($"{directory}/kustomization.yaml is empty.");
        var objects = new List<Dictionary<string, object?>>();
        foreach (var resource in Strings(kustomization.GetValueOrDefault("resources")))
        {
            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, resource));
            objects.AddRange(Directory.Exists(path) ? Render(path) : Documents(path));
        }
        // A component's resources join the including kustomization's, and its patches apply to them all.
        foreach (var component in Strings(kustomization.GetValueOrDefault("components")))
        {
            var componentDirectory = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, component));
            var definition = Map(Yaml.Deserialize<object>(File.ReadAllText(System.IO.Path.Combine(componentDirectory, "kustomization.yaml"))))!;
            foreach (var resource in Strings(definition.GetValueOrDefault("resources")))
            {
                objects.AddRange(Documents(System.IO.Path.Combine(componentDirectory, resource)));
            }
            ApplyPatches(componentDirectory, definition, objects);
        }
        ApplyPatches(directory, kustomization, objects);
        if (kustomization.GetValueOrDefault("namespace") is string ns)
        {
            foreach (var o in objects.Where(o => !ClusterScoped.Contains(Kind(o))))
            {
                Map(o["metadata"])!["namespace"] = ns;
            }
        }
        foreach (var image in List(kustomization.GetValueOrDefault("images")).Select(Map))
        {
            foreach (var container in objects.SelectMany(Containers))
            {
                var current = (string)container["image"]!;
                var name = current.Split(':')[0];
                if (name == (string)image!["name"]!)
                {
                    container["image"] = $"{image.GetValueOrDefault("newName") ?? name}:{image.GetValueOrDefault("newTag") ?? current.Split(':').ElementAtOrDefault(1)}";
                }
            }
        }
        return objects;
    }

    private static void ApplyPatches(string directory, Dictionary<string, object?> kustomization, List<Dictionary<string, object?>> objects)
    {
        foreach (var patch in List(kustomization.GetValueOrDefault("patches")).Select(p => Map(p)!))
        {
            var file = System.IO.Path.Combine(directory, (string)patch["path"]!);
            if (FirstDocument(file) is List<object?> operations)
            {
                var target = Map(patch.GetValueOrDefault("target"))
                    ?? throw new InvalidDataException($"JSON patch {patch["path"]} has no target.");
                var selected = objects.Where(o => Selects(target, o)).ToList();
                if (selected.Count == 0)
                {
                    throw new InvalidDataException($"JSON patch {patch["path"]} selects nothing.");
                }
                foreach (var o in selected)
                {
                    foreach (var operation in operations.Select(op => Map(op)!))
                    {
                        ApplyOperation(o, operation);
                    }
                }
                continue;
            }
            foreach (var document in Documents(file))
            {
                var target = objects.SingleOrDefault(o => Kind(o) == Kind(document) && Name(o) == Name(document))
                    ?? throw new InvalidDataException($"Patch {patch["path"]} targets {Kind(document)}/{Name(document)}, which is not rendered.");
                Merge(target, document);
            }
        }
    }

    /// <summary>The first YAML document of a file: a list of operations for a JSON patch, a map otherwise.</summary>
    private static object? FirstDocument(string file)
    {
        var parser = new Parser(new StringReader(File.ReadAllText(file)));
        parser.Consume<StreamStart>();
        return parser.Accept<DocumentStart>(out _) ? Yaml.Deserialize<object>(parser) : null;
    }

    /// <summary>Whether a patch target (kind, name, labelSelector of 'key=value' pairs) selects an object.</summary>
    private static bool Selects(Dictionary<string, object?> target, Dictionary<string, object?> o)
    {
        if (target.GetValueOrDefault("kind") is string kind && kind != Kind(o))
        {
            return false;
        }
        if (target.GetValueOrDefault("name") is string name && name != Name(o))
        {
            return false;
        }
        var labels = Map(Path(o, "metadata", "labels")) ?? [];
        return target.GetValueOrDefault("labelSelector") is not string selector
            || selector.Split(',').Select(pair => pair.Split('=', 2)).All(pair => Equals(labels.GetValueOrDefault(pair[0].Trim()), pair[1].Trim()));
    }

    /// <summary>One RFC 6902 operation (add, replace or remove) at a JSON pointer; list items by index.</summary>
    private static void ApplyOperation(Dictionary<string, object?> o, Dictionary<string, object?> operation)
    {
        var op = (string)operation["op"]!;
        var keys = ((string)operation["path"]!).Split('/').Skip(1).Select(k => k.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
        object? parent = o;
        foreach (var key in keys.SkipLast(1))
        {
            parent = parent is List<object?> list ? list[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] : Map(parent)!.GetValueOrDefault(key)
                ?? throw new InvalidDataException($"{op} {operation["path"]}: '{key}' is not in {Kind(o)}/{Name(o)}.");
        }
        var last = keys[^1];
        var value = NormalizeValue(operation.GetValueOrDefault("value"));
        if (parent is List<object?> items)
        {
            var index = last == "-" ? items.Count : int.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
            switch (op)
            {
                case "add": items.Insert(index, value); break;
                case "replace": items[index] = value; break;
                case "remove": items.RemoveAt(index); break;
                default: throw new InvalidDataException($"JSON patch operation '{op}' is not rendered.");
            }
            return;
        }
        var map = Map(parent)!;
        switch (op)
        {
            case "add" or "replace": map[last] = value; break;
            case "remove": map.Remove(last); break;
            default: throw new InvalidDataException($"JSON patch operation '{op}' is not rendered.");
        }
    }

    public static string Kind(Dictionary<string, object?> o) => (string)o["kind"]!;

    public static string Name(Dictionary<string, object?> o) => (string)Map(o["metadata"])!["name"]!;

    /// <summary>The containers of a workload's pod template (none for other kinds).</summary>
    public static IEnumerable<Dictionary<string, object?>> Containers(Dictionary<string, object?> o) =>
        Kind(o) is "Deployment" or "StatefulSet" or "DaemonSet"
            ? List(Path(o, "spec", "template", "spec", "containers")).Select(c => Map(c)!)
            : [];

    public static object? Path(Dictionary<string, object?> o, params string[] keys)
    {
        object? current = o;
        foreach (var key in keys)
        {
            current = Map(current)?.GetValueOrDefault(key);
        }
        return current;
    }

    public static Dictionary<string, object?>? Map(object? value) => value switch
    {
        Dictionary<string, object?> map => map,
        Dictionary<object, object?> raw => Normalize(raw),
        _ => null,
    };

    public static List<object?> List(object? value) => value as List<object?> ?? [];

    private static IEnumerable<string> Strings(object? value) => List(value).Select(v => (string)v!);

    private static List<Dictionary<string, object?>> Documents(string file) => Parse(File.ReadAllText(file));

    /// <summary>The objects of a stream of YAML documents (empty documents are skipped).</summary>
    public static List<Dictionary<string, object?>> Parse(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        var documents = new List<Dictionary<string, object?>>();
        while (parser.Accept<DocumentStart>(out _))
        {
            if (Map(Yaml.Deserialize<object>(parser)) is { } document)
            {
                documents.Add(document);
            }
        }
        return documents;
    }

    /// <summary>YamlDotNet's object graph, with string keys and nested maps and lists normalised in place.</summary>
    private static Dictionary<string, object?> Normalize(Dictionary<object, object?> raw) =>
        raw.ToDictionary(p => (string)p.Key, p => NormalizeValue(p.Value));

    private static object? NormalizeValue(object? value) => value switch
    {
        Dictionary<object, object?> map => Normalize(map),
        List<object?> list => list.Select(NormalizeValue).ToList(),
        _ => value,
    };

    private static void Merge(Dictionary<string, object?> target, Dictionary<string, object?> patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (Map(value) is { } patchMap && Map(target.GetValueOrDefault(key)) is { } targetMap)
            {
                Merge(targetMap, patchMap);
            }
            else if (value is List<object?> patchList && target.GetValueOrDefault(key) is List<object?> targetList && patchList.All(IsNamed))
            {
                foreach (var item in patchList.Select(i => Map(i)!))
                {
                    if (targetList.Select(Map).FirstOrDefault(t => t is not null && Equals(t.GetValueOrDefault("name"), item["name"])) is { } existing)
                    {
                        Merge(existing, item);
                    }
                    else
                    {
                        targetList.Add(item);
                    }
                }
            }
            else
            {
                target[key] = value;
            }
        }
    }

    private static bool IsNamed(object? item) => Map(item)?.ContainsKey("name") == true;
}
