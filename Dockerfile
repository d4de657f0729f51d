# Multi-stage build: the SDK image builds, the ASP.NET runtime image runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Directory.Domain/Directory.Domain.csproj src/Directory.Domain/
COPY src/Directory.Infrastructure/Directory.Infrastructure.csproj src/Directory.Infrastructure/
COPY src/Directory.Api/Directory.Api.csproj src/Directory.Api/
RUN dotnet restore src/Directory.Api/Directory.Api.csproj
COPY src/ src/
RUN dotnet publish src/Directory.Api/Directory.Api.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# SQLite (the default) keeps its file in /app/data: mount a volume there, or use SQL Server:
#   -e Database__Provider=SqlServer -e Database__ConnectionString="Server=...;Database=Directory;..."
# The fictional demo data is loaded only when asked: -e Database__SeedDemoData=true (a demo, never production).
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
# The GC sizes its youngest generation from the L3 cache the host reports, and VMs often report the whole
# host's (300 MiB on the build machine): ~80 MB of young objects then stay resident. A 16 MB budget keeps
# 100,000 NGOs at 293-389 MB from the start through the reads, random queries, writes, imports and export
# (~50 MB less on every row) for ~10 % more CPU a never-repeated search than the runtime's own budget
# (bench/results/memory-and-pairs-2026-12-06.md). The runtime reads it only from the environment;
# bench/run.sh takes it from this line.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_GCgen0size=0x1000000 \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    Database__Provider=Sqlite \
    Database__MigrateOnStart=true
USER $APP_UID
EXPOSE 8080
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["dotnet", "Directory.Api.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "Directory.Api.dll"]
