Console.WriteLine("Chronicle load driver");
