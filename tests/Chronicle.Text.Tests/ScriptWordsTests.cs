using Chronicle.Text.Articles;

namespace Chronicle.Text.Tests;

public class ScriptWordsTests
{
    [Fact]
    public void Spaced_scripts_count_the_words_between_spaces()
    {
        Assert.Equal(6, ScriptWords.Count("The ferry  leaves at\nnine, daily."));
        Assert.Equal(0, ScriptWords.Count(" \n "));
    }

    [Fact]
    public void Scripts_without_spaces_count_each_character()
    {
        // A paragraph of Chinese and one of Japanese hold no space at all, yet say as much as a sentence.
        Assert.Equal(9, ScriptWords.Count("渡船明天早上九点开。"));
        Assert.Equal(11, ScriptWords.Count("港の市場は明日休みです"));
        // Digits and Latin letters among them still count as words.
        Assert.Equal(4, ScriptWords.Count("2024年港口"));
    }
}
