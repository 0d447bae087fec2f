namespace Chronicle.Gateway.Tests;
