using AutoMapper;
using Directory.Api.Contracts;
using Directory.Api.ReferenceData;
using Directory.Domain;

namespace Directory.Api.Mapping;

/// <summary>Reference data to DTOs; names follow the request language at mapping time.</summary>
public sealed class ReferenceMappingProfile : Profile
{
    public ReferenceMappingProfile()
    {
        // A municipality has no municipalities: null says "not applicable", an empty list would not.
        AllowNullCollections = true;

        CreateMap<Region, RegionRef>()
            .ForCtorParam(nameof(RegionRef.Name), o => o.MapFrom(s => Localization.Name(s.NameLv, s.NameEn)))
            .ForCtorParam(nameof(RegionRef.Kind), o => o.MapFrom(s => Localization.RegionKindName(s.Kind)));

        CreateMap<Region, RegionDto>()
            .ForCtorParam(nameof(RegionDto.Atvk), o => o.MapFrom(s => s.Kind == RegionKind.PlanningRegion ? null : s.Code))
            .ForCtorParam(nameof(RegionDto.Kind), o => o.MapFrom(s => Localization.RegionKindName(s.Kind)))
            .ForCtorParam(nameof(RegionDto.Name), o => o.MapFrom(s => Localization.Name(s.NameLv, s.NameEn)))
            .ForCtorParam(nameof(RegionDto.PlanningRegion), o => o.MapFrom(s => s.Parent))
            .ForCtorParam(nameof(RegionDto.Municipalities), o => o.MapFrom(s => s.Kind == RegionKind.PlanningRegion
                ? s.Children.OrderBy(c => LatvianText.SortKey(Localization.Name(c.NameLv, c.NameEn)), StringComparer.Ordinal).ToList()
                : null));

        CreateMap<SupportArea, CodeName>()
            .ForCtorParam(nameof(CodeName.Name), o => o.MapFrom(s => Localization.Name(s.NameLv, s.NameEn)));

        CreateMap<SupportArea, SupportAreaDto>()
            .ForCtorParam(nameof(SupportAreaDto.Name), o => o.MapFrom(s => Localization.Name(s.NameLv, s.NameEn)))
            .ForCtorParam(nameof(SupportAreaDto.ParentCode), o => o.MapFrom(s => s.Parent == null ? null : s.Parent.Code))
            .ForCtorParam(nameof(SupportAreaDto.LeadInTermsLv), o => o.MapFrom(s => LeadInTerms.Split(s.LeadInTermsLv)))
            .ForCtorParam(nameof(SupportAreaDto.LeadInTermsEn), o => o.MapFrom(s => LeadInTerms.Split(s.LeadInTermsEn)))
            .ForCtorParam(nameof(SupportAreaDto.Children), o => o.MapFrom(s => s.Children.OrderBy(c => c.Position).ToList()));

        CreateMap<TargetGroup, CodeName>()
            .ForCtorParam(nameof(CodeName.Name), o => o.MapFrom(s => Localization.Name(s.NameLv, s.NameEn)));

        CreateMap<TargetGroup, TargetGroupDto>()
            .ForCtorParam(nameof(TargetGroupDto.Name), o => o.MapFrom(s => Localization.Name(s.NameLv, s.NameEn)))
            .ForCtorParam(nameof(TargetGroupDto.LeadInTermsLv), o => o.MapFrom(s => LeadInTerms.Split(s.LeadInTermsLv)))
            .ForCtorParam(nameof(TargetGroupDto.LeadInTermsEn), o => o.MapFrom(s => LeadInTerms.Split(s.LeadInTermsEn)));
    }
}
