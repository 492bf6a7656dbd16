using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PaperDataset.Package.Tests.Infrastructure;

/// <summary>The manifest resources a built assembly carries, read from its file (not loaded): name and bytes.</summary>
internal static class ManifestResources
{
    public static Dictionary<string, byte[]> Of(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
        var section = directory.Size == 0 ? default : pe.GetSectionData(directory.RelativeVirtualAddress);
        var resources = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);

            // An embedded resource is a 32-bit length and the bytes, at its offset in the resources directory.
            var reader = section.GetReader((int)resource.Offset, directory.Size - (int)resource.Offset);
            var length = reader.ReadInt32();
            resources.Add(metadata.GetString(resource.Name), reader.ReadBytes(length));
        }

        return resources;
    }
}
