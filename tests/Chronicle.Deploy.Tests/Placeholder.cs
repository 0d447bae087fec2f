namespace Chronicle.Deploy.Tests;
