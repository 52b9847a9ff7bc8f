// The JSON contracts (`--json` shapes) live in the application, shared with the web API.
global using HybridCoach.Application.Contracts;
