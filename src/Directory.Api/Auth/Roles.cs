using Directory.Domain;

namespace Directory.Api.Auth;

public static class Policies
{
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static string RoleName(Role role) => role switch
    {
        Role.Admin => "admin",
        Role.Editor => "editor",
        _ => "partner",
    };
}
