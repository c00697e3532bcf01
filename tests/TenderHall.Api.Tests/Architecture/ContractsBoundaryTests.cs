using Mono.Cecil;
using Mono.Cecil.Cil;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Tests.Architecture;

/// <summary>
/// The API and the Portal are clients of the grains: they reach them through <c>TenderHall.Grains.Contracts.*</c> and the
/// hosting entry point (<see cref="GrainsHosting"/> and its options) only. Read from the compiled IL, so a fully qualified
/// name, a razor <c>@inject</c> or a generic argument cannot slip past.
/// </summary>
public sealed class ContractsBoundaryTests
{
    private const string Grains = "TenderHall.Grains";
    private const string Contracts = "TenderHall.Grains.Contracts";
    private static readonly HashSet<string> HostingEntry = [typeof(GrainsHosting).FullName!, typeof(PlatformOptions).FullName!, typeof(StorageProfile).FullName!];

    [Fact]
    public void The_api_reaches_the_grains_only_through_contracts_and_the_hosting_entry_point() =>
        AssertNone(Violations(typeof(Program).Assembly.Location));

    [Fact]
    public void The_portal_reaches_the_grains_only_through_contracts() =>
        AssertNone(Violations(typeof(global::TenderHall.Portal.PortalExtensions).Assembly.Location));

    [Fact]
    public void The_hosting_entry_point_is_one_class_and_its_options()
    {
        var exported = typeof(GrainsHosting).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(GrainsHosting).Namespace).Select(t => t.FullName!).Order();
        Assert.Equal(HostingEntry.Order(), exported);
    }

    private static void AssertNone(List<string> violations) =>
        Assert.True(violations.Count == 0, "Reaches past the contracts:\n" + string.Join("\n", violations));

    private static List<string> Violations(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var owner = TopLevel(type).FullName;
            foreach (var used in References(type))
                if (IsImplementation(used)) violations.Add($"{owner} uses {TopLevel(used).FullName}");
        }

        return [.. violations];
    }

    private static bool IsImplementation(TypeReference type)
    {
        var name = TopLevel(type).FullName;
        return (name.StartsWith(Grains + ".", StringComparison.Ordinal) && !name.StartsWith(Contracts + ".", StringComparison.Ordinal) && !HostingEntry.Contains(name))
            // Types of the Grains assembly outside any TenderHall.Grains namespace (none today) count as implementation too.
            || (type.Scope.Name == Grains && !name.StartsWith(Grains + ".", StringComparison.Ordinal) && !name.StartsWith('<'));
    }

    private static TypeReference TopLevel(TypeReference type)
    {
        var element = type.GetElementType();
        while (element.DeclaringType is not null) element = element.DeclaringType;
        return element;
    }

    private static IEnumerable<TypeReference> References(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null or GenericParameter: return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments) Add(argument);
                    return;
                case TypeSpecification specification: Add(specification.ElementType); return;
                default: found.Add(t); return;
            }
        }

        void AddMember(MemberReference member)
        {
            Add(member.DeclaringType);
            switch (member)
            {
                case MethodReference method:
                    Add(method.ReturnType);
                    foreach (var parameter in method.Parameters) Add(parameter.ParameterType);
                    if (method is GenericInstanceMethod generic) foreach (var argument in generic.GenericArguments) Add(argument);
                    break;
                case FieldReference field: Add(field.FieldType); break;
            }
        }

        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
                foreach (var argument in attribute.ConstructorArguments) { Add(argument.Type); if (argument.Value is TypeReference t) Add(t); }
            }
        }

        Add(type.BaseType);
        foreach (var implemented in type.Interfaces) Add(implemented.InterfaceType);
        AddAttributes(type);
        foreach (var field in type.Fields) { Add(field.FieldType); AddAttributes(field); }
        foreach (var property in type.Properties) { Add(property.PropertyType); AddAttributes(property); }
        foreach (var method in type.Methods)
        {
            AddMember(method);
            AddAttributes(method);
            foreach (var parameter in method.Parameters) AddAttributes(parameter);
            if (!method.HasBody) continue;
            foreach (var variable in method.Body.Variables) Add(variable.VariableType);
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: Add(t); break;
                    case MemberReference m: AddMember(m); break;
                }
            }
        }

        return found;
    }
}
