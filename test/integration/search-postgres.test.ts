import { describeSearch } from './search-suite'

describeSearch('postgres')
