using AutoMapper;
using Directory.Api.Contracts;
using Directory.Api.Queries;
using Directory.Api.ReferenceData;

namespace Directory.Api.Mapping;

/// <summary>
/// The members a profile's row and its DTO share by name and type: a field added to both is mapped
/// without naming it here. What needs the links, the reference names or the request's language is set
/// by <see cref="ProfileAssembler"/>; the configuration test holds that every DTO member is one or the other.
/// </summary>
public sealed class ProfileMappingProfile : Profile
{
    public ProfileMappingProfile()
    {
        CreateMap<NgoRow, NgoDto>()
            .ForMember(d => d.LegalForm, o => o.MapFrom(s => WireNames.Of(s.LegalForm)))
            .ForMember(d => d.Status, o => o.MapFrom(s => WireNames.Of(s.Status)))
            .ForMember(d => d.Description, o => o.Ignore())
            .ForMember(d => d.DescriptionLanguage, o => o.Ignore())
            .ForMember(d => d.Registered, o => o.Ignore())
            .ForMember(d => d.WorkArea, o => o.Ignore())
            .ForMember(d => d.SupportAreas, o => o.Ignore())
            .ForMember(d => d.TargetGroups, o => o.Ignore())
            .ForMember(d => d.Contacts, o => o.Ignore());

        CreateMap<ExpertRow, ExpertDto>()
            .ForMember(d => d.Bio, o => o.Ignore())
            .ForMember(d => d.Expertise, o => o.Ignore())
            .ForMember(d => d.WorkArea, o => o.Ignore())
            .ForMember(d => d.HelpOffered, o => o.Ignore())
            .ForMember(d => d.Availability, o => o.Ignore())
            .ForMember(d => d.Contacts, o => o.Ignore());
    }
}
