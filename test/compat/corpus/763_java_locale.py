from java.util import Locale
print Locale.US, Locale.ENGLISH, Locale.UK, Locale.FRANCE, Locale.GERMANY
fr = Locale("fr", "CA")
print fr, fr.getLanguage(), fr.getCountry()
print Locale("es"), Locale("es").getCountry() == ""
print Locale.US.getDisplayName(), Locale.US.getDisplayLanguage(), Locale.US.getDisplayCountry()
print Locale.US == Locale("en", "US"), Locale.US.toString()
