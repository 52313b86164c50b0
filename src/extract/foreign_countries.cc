#include "extract/foreign_countries.h"

#include "extract/word_set.h"

namespace claimdup {

bool IsForeignCountryWord(absl::string_view w) {
  static constexpr WordSet kCountries{
      {"russia",     "china",     "turkey",     "iran",       "iraq",       "syria",
       "ukraine",    "france",    "germany",    "israel",     "egypt",      "afghanistan",
       "pakistan",   "india",     "japan",      "mexico",     "brazil",     "venezuela",
       "cuba",       "philippines", "korea",    "taiwan",     "poland",     "hungary",
       "finland",    "ecuador",   "colombia",   "argentina",  "chile",      "peru",
       "nigeria",    "kenya",     "britain",    "italy",      "spain",      "lebanon",
       "yemen",      "belarus",   "kazakhstan", "sudan",      "somalia",    "libya",
       "tunisia",    "zimbabwe",  "indonesia",  "vietnam",    "estonia",    "latvia",
       "lithuania",  "serbia",    "croatia",    "azerbaijan", "armenia",    "romania",
       "bulgaria",   "greece",    "portugal",   "guatemala",  "honduras",   "nicaragua",
       "bolivia",    "rwanda",    "uganda",     "ghana",      "senegal",    "algeria",
       "morocco",    "ethiopia",  "congo",      "palestine",  "kosovo",     "moldova",
       "slovakia",   "slovenia",  "austria",    "czechia",    "belgium",    "sweden",
       "norway",     "denmark",   "iceland",    "ireland",    "canada",     "australia",
       "afghan",     "czech",     "filipino",   "somali",     "nepali",     "emirati",
       "yemeni",     "omani",     "qatari",     "bahraini",   "bangladeshi", "uzbek",
       "kazakh",     "tajik",     "turkmen",    "kyrgyz",     "slovak",     "maltese"}};
  return kCountries.contains(w);
}

}  // namespace claimdup
