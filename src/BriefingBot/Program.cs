Console.WriteLine("briefingbot");
